/** The eight region blocks (地方区分) used to group prefectures on the national view. */
export const REGION_BLOCKS = [
  "北海道",
  "東北",
  "関東",
  "中部",
  "近畿",
  "中国",
  "四国",
  "九州・沖縄",
] as const;
export type RegionBlock = (typeof REGION_BLOCKS)[number];

export interface Prefecture {
  /** JIS X 0401 code, two digits ("01"–"47"). */
  code: string;
  nameJa: string;
  nameRomaji: string;
  block: RegionBlock;
}

const rows: ReadonlyArray<readonly [string, string, RegionBlock]> = [
  ["北海道", "Hokkaido", "北海道"],
  ["青森県", "Aomori", "東北"],
  ["岩手県", "Iwate", "東北"],
  ["宮城県", "Miyagi", "東北"],
  ["秋田県", "Akita", "東北"],
  ["山形県", "Yamagata", "東北"],
  ["福島県", "Fukushima", "東北"],
  ["茨城県", "Ibaraki", "関東"],
  ["栃木県", "Tochigi", "関東"],
  ["群馬県", "Gunma", "関東"],
  ["埼玉県", "Saitama", "関東"],
  ["千葉県", "Chiba", "関東"],
  ["東京都", "Tokyo", "関東"],
  ["神奈川県", "Kanagawa", "関東"],
  ["新潟県", "Niigata", "中部"],
  ["富山県", "Toyama", "中部"],
  ["石川県", "Ishikawa", "中部"],
  ["福井県", "Fukui", "中部"],
  ["山梨県", "Yamanashi", "中部"],
  ["長野県", "Nagano", "中部"],
  ["岐阜県", "Gifu", "中部"],
  ["静岡県", "Shizuoka", "中部"],
  ["愛知県", "Aichi", "中部"],
  ["三重県", "Mie", "近畿"],
  ["滋賀県", "Shiga", "近畿"],
  ["京都府", "Kyoto", "近畿"],
  ["大阪府", "Osaka", "近畿"],
  ["兵庫県", "Hyogo", "近畿"],
  ["奈良県", "Nara", "近畿"],
  ["和歌山県", "Wakayama", "近畿"],
  ["鳥取県", "Tottori", "中国"],
  ["島根県", "Shimane", "中国"],
  ["岡山県", "Okayama", "中国"],
  ["広島県", "Hiroshima", "中国"],
  ["山口県", "Yamaguchi", "中国"],
  ["徳島県", "Tokushima", "四国"],
  ["香川県", "Kagawa", "四国"],
  ["愛媛県", "Ehime", "四国"],
  ["高知県", "Kochi", "四国"],
  ["福岡県", "Fukuoka", "九州・沖縄"],
  ["佐賀県", "Saga", "九州・沖縄"],
  ["長崎県", "Nagasaki", "九州・沖縄"],
  ["熊本県", "Kumamoto", "九州・沖縄"],
  ["大分県", "Oita", "九州・沖縄"],
  ["宮崎県", "Miyazaki", "九州・沖縄"],
  ["鹿児島県", "Kagoshima", "九州・沖縄"],
  ["沖縄県", "Okinawa", "九州・沖縄"],
];

/** The 47 prefectures in JIS code order. */
export const PREFECTURES: readonly Prefecture[] = rows.map(([nameJa, nameRomaji, block], index) => ({
  code: String(index + 1).padStart(2, "0"),
  nameJa,
  nameRomaji,
  block,
}));

export function findPrefecture(code: string): Prefecture | undefined {
  return PREFECTURES.find((p) => p.code === code);
}
