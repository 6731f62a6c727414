/** カレンダー連携: the signed-in user's private calendar links. */
export const jaCalendarLinks = {
  calendarLinks: {
    nav: "カレンダー連携",
    title: "カレンダー連携",
    intro:
      "Googleカレンダーや Outlook に、Kyoso の予定（会議、担当するタスクの期限、地域のマイルストーン）を表示できます。カレンダーアプリに登録する専用のリンクを作ってください。",
    warning:
      "このリンクを知っている人は、サインインしなくても、リンクのカレンダー（会議の予定やタスク）を見られます。他の人に教えたり、公開の場所に貼ったりしないでください。漏れたかもしれないときは、すぐに無効にしてください。",
    createHeading: "新しいリンクを作る",
    fields: { label: "リンクの名前" },
    hints: { label: "どこで使うリンクかわかる名前にしてください（例: 仕事用のGoogleカレンダー）。" },
    create: "リンクを作る",
    creating: "作成しています…",
    created: {
      heading: "「{{label}}」のリンクができました",
      once: "このリンクは今だけ表示されます。",
      secret:
        "コピーして、カレンダーアプリに登録してください。あとから同じリンクを表示することはできません。",
      mine: "自分の予定のリンク",
      mineHint: "担当地域の会議と、自分が担当するタスクの期限が入ります。",
      region: "地域",
      regionUrl: "{{region}}のカレンダーのリンク",
      regionHint: "この地域の会議と、フォーラムのマイルストーンが入ります。",
      dismiss: "表示を閉じる",
    },
    copy: "コピー",
    copyWhich: "（{{label}}）",
    copied: "コピーしました。",
    copyFailed: "コピーできませんでした。リンクを選択してコピーしてください。",
    listHeading: "作ったリンク",
    empty: "まだリンクはありません。",
    column: {
      createdAt: "作成日時",
      lastUsedAt: "最後に使われた日時",
      revokedAt: "無効にした日時",
    },
    neverUsed: "まだ使われていません",
    status: {
      active: "有効",
      revokedShort: "無効",
      revoked: "無効（{{at}}）",
    },
    revoke: "無効にする",
    revokeWhich: "（{{label}}）",
    revokeTitle: "リンクを無効にしますか？",
    revokeBody:
      "「{{label}}」を無効にすると、このリンクを登録したカレンダーには、予定が表示されなくなります。元に戻せません。",
    revoked: "「{{label}}」を無効にしました。",
    help: {
      heading: "カレンダーアプリに登録するには",
      google: {
        title: "Googleカレンダー（パソコンのブラウザ）",
        steps: [
          "上で作ったリンクの「コピー」を押します。",
          "Googleカレンダーを開き、左側の「他のカレンダー」の「＋」を押します。",
          "「URL で追加」を選び、コピーしたリンクを貼り付けます。",
          "「カレンダーを追加」を押すと、左側の一覧に表示されます。",
        ],
      },
      outlook: {
        title: "Outlook（Outlook.com・新しい Outlook）",
        steps: [
          "上で作ったリンクの「コピー」を押します。",
          "カレンダーを開き、「カレンダーを追加」を押します。",
          "「Web から購読」を選び、コピーしたリンクを貼り付けます。",
          "カレンダーの名前を付けて「インポート」を押します。",
        ],
      },
      refresh:
        "カレンダーアプリは、登録したリンクを数時間おきに読み直します。Kyoso での変更が表示されるまで、しばらくかかることがあります。",
    },
  },
};
