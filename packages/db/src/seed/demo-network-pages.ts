import type { Kysely } from "kysely";
import type { Database } from "../schema";

// The network's own pages as the organizers' page has them (shared/seed/forum-site.txt): 開催にあたり,
// 共有価値 and フォーラム準備, in markdown, published. SAITAMA2026 gets its online participation note, and its
// confirmed co-host (埼玉県難病相談支援センター) is marked publishable.

const KAISAI = `地域の実行委員会ができる都道府県もあれば、全体の実行委員（実行チーム）で準備をすすめる都道府県もございます。

- 地域の皆さまの意見やアンケート、ヒアリングなども参考に、地域フォーラムも仕立ててまいります。
- 事前に個別に団体や機関の方に、説明会なども対応させていただいております。
- アンケートや、ヒアリングの時期が、参加される団体、機関の決定の時期などにより、変更になる場合もございますが、ご理解のほど、どうぞよろしくお願いいたします。

## 難病・慢性疾患患者の就労支援ネットワークフォーラム開催にあたり

近年、難病や慢性疾患を抱えながら働く人々が増加し、その支援のあり方が社会的に大きな課題となっています。
医療の進歩により、病気とともに生きながら仕事を続ける人口が増加、そうした変容をうけ、職場や地域における理解や支援体制、患者や企業をささえる支援機関や、団体をサポートする体制などの整備は、さらにその必要や価値を帯びてきているといえるのではないでしょうか。

こうした背景のもと、私たちは「難病・慢性疾患患者の就労支援ネットワークフォーラム」を開催し、疾患、障害とその支援、治療と仕事を両立するための地域支援の必要や、取り組み、課題、地域のネットワークを育む関係者が連携する場を創出する、地域の希望や、これまでの取り組み、に敬意をはらいながら、ともに地域に見合った就労支援のネットワークのフォーラムを開く、そうした機会が、地域の取り組み、必要のお役に少しでもたてますと、嬉しいです。

本フォーラムは、患者方々はもちろん、企業、医療・福祉関係者、自治体、そして地域社会が一体となって、多様な働き方の実現と包括的な支援体制の構築を目指すものです。
`;

const KACHI = `## 共創WORK フォーラム 共有価値

- 特定の属性や立場の主張ではなく、共創・協力による、地域の安心、寛容さ、活力を創造してまいります。
- すべての立場・背景を尊重し、対話的に関わります。皆が、フォーラムの当事者となります。
- それぞれが主体となり、それぞれの立場や役割より、「できること」を考えてみます。社会を皆で創る作業は、全員がクリエイターであり当事者といえるかもしれません。
- 対話を通じて、未来の選択肢と仕組みを共に考え、育てます。（可能性を広げる）
- このフォーラムは、持続可能な暮らし、仕事や役割、社会を共に考え、つくるプラットフォームです。
- 個人の意思決定や尊厳を尊重します。

**違いがあるからこそ可能になる価値創出**
`;

const JUNBI = `フォーラム開催は、全国の各都道府県の地域支援関係者、機関、自治体の方とお話をすすめております。
都道府県での開催が決まり、参加者の方、内容なども公開できる時期となりましたら、ホームページ、および、チラシなどの配布などにより、お知らせをさせていただきます。

都道府県により、難病相談支援センターとの共催地域、そうでない地域など、開催は異なります。

地域支援に携わる皆さまのご理解、ご協力のほど、何卒よろしくお願い申し上げます。
`;

export const DEMO_NETWORK_PAGES = [
  { slug: "kaisai-ni-atari", title: "開催にあたり", body: KAISAI, position: 1, published: true },
  { slug: "kyoyu-kachi", title: "フォーラム 共有価値", body: KACHI, position: 2, published: true },
  { slug: "forum-junbi", title: "フォーラム準備", body: JUNBI, position: 3, published: true },
];

export async function seedNetworkPages(db: Kysely<Database>): Promise<void> {
  await db.insertInto("networkPage").values(DEMO_NETWORK_PAGES).execute();
  const edition = await db
    .selectFrom("forumEdition")
    .innerJoin("region", "region.id", "forumEdition.regionId")
    .select("forumEdition.id")
    .where("region.slug", "=", "saitama")
    .where("forumEdition.year", "=", 2026)
    .executeTakeFirst();
  if (!edition) return;
  await db
    .updateTable("forumEdition")
    .set({
      onlineInfo:
        "オンライン（Zoom）でもご参加いただけます。参加のURLは、お申し込みの方に前日までにメールでお送りします。",
    })
    .where("id", "=", edition.id)
    .execute();
  await db
    .updateTable("cohostAgreement")
    .set({ publishable: true })
    .where("editionId", "=", edition.id)
    .where("status", "=", "confirmed")
    .execute();
}
