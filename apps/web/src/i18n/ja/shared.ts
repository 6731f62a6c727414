import { AGREEMENT_STATUS_LABELS_JA, ORGANIZATION_TYPE_LABELS_JA } from "@kyoso/domain/plain";

/** Pieces every record screen shares: region tabs, form frame, paging, short dates. */
export const jaShared = {
  tabs: {
    label: "地域のページ",
    overview: "概要",
    forum: "フォーラム運営",
    timeline: "タイムライン",
    meetings: "会議",
    hearings: "ヒアリング",
    surveys: "アンケート",
    cohosts: "共催",
    organizations: "団体",
  },
  form: {
    requiredNote: "* は必須項目です。",
    serverErrorTitle: "保存できませんでした",
    networkError: "サーバーと通信できませんでした。時間をおいてもう一度お試しください。",
    conflictHint: "他の人の変更を読み込んでから、もう一度入力してください。",
    reload: "最新の内容を読み込む",
    saving: "保存しています…",
    choose: "選んでください",
    optional: "任意",
    isPublic: "公開する",
    isPublicHint:
      "公開すると、地域とフォーラムの公開ページの記録と、Atomフィードに載り、誰でも読めるようになります。",
  },
  pager: {
    label: "ページ送り",
    previous: "前のページ",
    next: "次のページ",
    pageOf: "{{page}} / {{pages}}ページ",
    count: "全{{total}}件中 {{first}}〜{{last}}件目",
  },
  shortDate: {
    hint: "「10.29」「1/27」「2026年1月27日」のように入力できます。",
    monthHint: "「11月」のように月だけでも入力できます。",
    interpreted: "→ {{date}}",
    invalid: "日付として読み取れません。「10.29」や「2026年10月29日」のように入力してください。",
    dayOnly: "日付は日まで入力してください（例: 10.29）。",
    warningLabel: "注意:",
    warnings: {
      farFromToday: "今日から半年以上離れた日付です。年が合っているか確かめてください。",
      outsidePreparation:
        "フォーラムの準備期間（開催のおよそ1年前〜1か月後）から外れた日付です。年が合っているか確かめてください。",
    },
  },
  csvLines: {
    line: "行",
    lineNumber: "{{line}}行目",
    name: "名称",
    reasons: "理由",
  },
  sort: {
    ascending: "昇順に並んでいます",
    descending: "降順に並んでいます",
  },
  agreementStatus: AGREEMENT_STATUS_LABELS_JA,
  agreementRole: {
    cohost: "共催",
    sponsor: "後援",
    cooperation: "協力",
  },
  organizationType: ORGANIZATION_TYPE_LABELS_JA,
};
