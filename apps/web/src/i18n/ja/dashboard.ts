/** The national overview's map, milestone matrix, due tasks and counts; shared day-off and milestone words. */
export const jaDashboard = {
  calendar: {
    holiday: "祝日",
    holidayName: "（{{name}}）",
    weekend: "休日",
  },
  milestoneStatus: {
    done: "完了",
    on_track: "順調",
    due_soon: "期限間近",
    late: "遅れ",
    undecided: "未定",
  },
  dashboard: {
    tileMap: {
      heading: "フォーラムの地図",
      intro:
        "47都道府県を、その地域のフォーラムのステージで色分けしています。各マスから地域のページを開けます。",
      tileLabel: "{{name}}：{{stage}}",
      wordSpace: "",
      legend: "凡例",
      show: "地図で見る",
      scrollLabel: "横にスクロールできる地図",
      scrollHint: "地図は画面より広いので、横にスクロールして全体を見てください。",
      textAlternative: "同じ内容は、下の「都道府県ごとの状況」に地方別の一覧でも載せています。",
    },
    matrix: {
      heading: "マイルストーンの進み具合",
      intro: "現在のフォーラムごとの準備の段階です。日付は期限で、土日・祝日にあたる日には印が付きます。",
      caption: "地域ごとのマイルストーンの状況",
      region: "地域",
      empty: "現在のフォーラムはありません。",
    },
    dueTasks: {
      heading: "今週が期限のタスクと期限切れのタスク",
      empty: "今週が期限のタスクはありません。",
      overdue: "期限切れ",
    },
    counts: {
      heading: "ステージ別・年度別のフォーラム数",
      byStageCaption: "ステージ別のフォーラム数",
      byYearCaption: "年度別・ステージ別のフォーラム数",
      stage: "ステージ",
      count: "件数",
      fiscalYear: "年度",
      fiscalYearValue: "{{year}}年度",
    },
  },
};
