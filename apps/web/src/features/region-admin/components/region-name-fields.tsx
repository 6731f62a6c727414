import { useTranslation } from "react-i18next";
import { FormText } from "../../../components/form/fields";

/** A region's names in both languages: the same two fields when creating a region and when renaming it. */
export function RegionNameFields({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      <FormText id={`${idPrefix}-name-ja`} name="nameJa" label={t("regionAdmin.fields.nameJa")} required />
      <FormText id={`${idPrefix}-name-en`} name="nameEn" label={t("regionAdmin.fields.nameEn")} required />
    </>
  );
}
