import { announcementCreateSchema, type IsoDate } from "@kyoso/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import type { AnnouncementValues } from "../lib/announcement-values";
import type { Announcement } from "../lib/types";
import { AnnouncementFields } from "./announcement-fields";
import { InlineForm } from "./inline-form";

interface Props {
  editionId: string;
  /** Today in Japan: the date a new announcement starts with. */
  today: IsoDate;
  /** Closed: with the draft created, or null when cancelled. */
  onDone: (created: Announcement | null) => void;
}

/** A new announcement, always saved as a draft: publishing is a step of its own. */
export function CreateAnnouncement({ editionId, today, onDone }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sf = useSchemaForm({
    schema: announcementCreateSchema,
    defaultValues: { announcedOn: today, title: "", body: "" } as AnnouncementValues,
    toInput: (values: AnnouncementValues) => ({ editionId, ...values }),
  });
  const create = useMutation(trpc.announcement.create.mutationOptions({ onSuccess: onDone }));
  const failure = create.isError ? describeApiFailure(create.error, t("form.networkError")) : null;

  return (
    <InlineForm
      form={sf}
      className="card"
      legend={t("forum.announcements.createLegend")}
      failure={failure}
      pending={create.isPending}
      submitLabel={t("forum.announcements.createSubmit")}
      onValid={(input) => create.mutate(input)}
      onCancel={() => onDone(null)}
    >
      <p className="muted small">{t("forum.announcements.draftNote")}</p>
      <AnnouncementFields idPrefix="new-announcement" />
    </InlineForm>
  );
}
