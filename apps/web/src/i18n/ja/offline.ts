export const jaOffline = {
  outbox: {
    indicator: "未送信 {{count}}件",
    indicatorProblem: "未送信 {{count}}件（要確認 {{problems}}件）",
    announceWaiting: "未送信が{{count}}件あります。",
    announceEmpty: "未送信のものはすべて送信しました。",
    queued: "未送信 — 接続が戻ると送信します。",
    openOutbox: "未送信の一覧を見る",
    title: "未送信の記録",
    intro:
      "通信のないときに保存した記録です。この端末の中にだけ保存され、接続が戻ると保存した順に自動で送信します。",
    deviceNote:
      "健康に関わる内容を含むことがあるため、サインアウトするとこの端末から消去します。送信前にサインアウトしないでください。",
    offlineNow: "現在オフラインです。接続が戻ると送信します。",
    empty: "未送信の記録はありません。",
    listHeading: "送信待ちと要確認",
    kinds: {
      "meeting.create": "会議の記録",
      "timeline.createNote": "タイムラインのメモ",
      "timeline.updateNote": "メモの修正",
      "task.setStatus": "タスクの状況変更",
    },
    states: {
      waiting: "送信待ち",
      failed: "送信できませんでした",
      conflict: "競合 — 他の人が先に変更しました",
    },
    savedAt: "保存: {{time}}",
    serverMessage: "サーバーからの説明: {{message}}",
    sendNow: "今すぐ送信",
    sending: "送信しています…",
    retry: "もう一度送信: {{title}}",
    discard: "破棄: {{title}}",
    discardAction: "破棄する",
    discardConfirm: "「{{title}}」を破棄しますか？ 送信されていない内容は元に戻せません。",
    discarded: "「{{title}}」を破棄しました。",
    sentAll: "送信しました。",
    signOutTitle: "未送信の記録があります",
    signOutBody:
      "送信されていない記録が{{count}}件あります。サインアウトするとこの端末から消え、送信されません。先に接続のある場所で送信するか、一覧で内容を確かめてください。",
    signOutConfirm: "消去してサインアウト",
    taskStatus: "{{count}}件のタスクを「{{status}}」に",
  },
};
