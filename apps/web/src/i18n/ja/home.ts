/** Each person's home page (「今日やること」), the header's links to it and to "my region". */
export const jaHome = {
  home: {
    title: "今日やること",
    intro: "{{date}}時点で、あなたに関係のあることです。それぞれの項目から、その作業をする画面を開けます。",
    nav: "ホーム",
    myRegionNav: "自分の地域",
    myRegionNavNamed: "自分の地域：{{name}}",
    myRegions: {
      heading: "自分の地域",
      open: "地域のページ",
      quickLog: "簡易記録",
      quickLogFor: "{{name}}の簡易記録",
      tasks: "タスク",
      tasksFor: "{{name}}のタスク",
    },
    national: {
      heading: "全国の状況",
      regions: "フォーラムのある地域：{{count}}件（現在のフォーラムのステージ別）",
      late: "遅れているマイルストーンのある地域：{{count}}件",
      byStageCaption: "ステージごとの地域の数",
      open: "全国の状況を開く",
    },
    tasks: {
      heading: "期限が近い・過ぎたタスク",
      headingProbono: "自分のタスクと、引き受けられるタスク",
      empty: "期限が1週間以内のタスクはありません。",
      overdue: "期限切れ",
      open: "未割り当て",
      noDue: "期限なし",
      more: "ほか{{count}}件",
      all: "タスクの一覧を開く",
    },
    meetings: {
      heading: "次の会議",
      empty: "30日以内に予定されている会議はありません。",
      online: "オンライン",
      placeUnknown: "場所は未定",
      planned: "前回の会議で決めた予定",
    },
    milestones: {
      heading: "期限間近・遅れているマイルストーン",
      empty: "期限間近や遅れているマイルストーンはありません。",
    },
    agreements: {
      heading: "次の一歩の日を過ぎた共催の協議",
      empty: "次の一歩の日を過ぎた協議はありません。",
      nextStepOn: "次の一歩：{{date}}",
    },
    minutes: {
      heading: "議事録がまだの会議（3日以上前）",
      empty: "議事録を待っている会議はありません。",
    },
    surveys: {
      heading: "前回からのアンケート回答",
      empty: "前回の表示から新しい回答はありません。",
      sinceFirst: "新しい回答は、この1週間に届いたものです。",
      since: "{{at}}以降に届いた回答です。",
      newAnswers: "新しい回答 {{count}}件（合計 {{total}}件）",
    },
    more: "ほか{{count}}件あります。",
    partnerRedirect: "フォーラムのページを開いています…",
  },
};
