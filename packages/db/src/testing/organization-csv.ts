const TYPES = ["NPO", "企業", "医療機関", "患者会", "ハローワーク", "自治体", "大学", "その他"];
const CITIES = ["さいたま市", "川越市", "越谷市", "熊谷市", "所沢市", "春日部市", "草加市", "川口市"];

/**
 * An organization CSV of `rows` data lines for the Saitama region, the way an office exports its directory:
 * Japanese header, a name, kana, type, prefecture and a short note per line. Every `rejectEvery`-th line has an
 * unknown type, so a preview must name those lines (line = data row + 1, the header being line 1).
 */
export function generateOrganizationCsv(rows: number, rejectEvery = 1_000): string {
  const lines = ["名称,フリガナ,種別,都道府県,メモ"];
  for (let i = 1; i <= rows; i++) {
    const city = CITIES[i % CITIES.length];
    const type = i % rejectEvery === 0 ? "秘密結社" : TYPES[i % TYPES.length];
    lines.push(`${city}就労支援団体${i},シュウロウシエンダンタイ${i},${type},埼玉県,担当者へ平日に連絡`);
  }
  return `${lines.join("\r\n")}\r\n`;
}
