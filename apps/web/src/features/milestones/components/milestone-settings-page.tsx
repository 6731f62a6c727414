import { can } from "@kyoso/domain";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Forbidden } from "../../../components/forbidden";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { useTRPC } from "../../../lib/trpc";
import { useMe } from "../../../lib/use-me";
import { TemplateItemForm } from "./template-item-form";

export function MilestoneSettingsPage() {
  const me = useMe();
  return can(me, "settings.manage") ? <MilestoneSettings /> : <Forbidden />;
}

function MilestoneSettings() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const template = useQuery(trpc.milestone.template.queryOptions());
  // Remounting the forms is how a reload after a conflict replaces the stale values.
  const [formKey, setFormKey] = useState(0);
  const reload = async () => {
    await queryClient.invalidateQueries(trpc.milestone.pathFilter());
    setFormKey((k) => k + 1);
  };

  return (
    <>
      <PageHeading title={t("milestones.settings.title")} />
      <p className="lead">{t("milestones.settings.intro")}</p>
      <ListState query={template}>
        {(data) => (
          <>
            <section aria-labelledby="template-heading" className="section">
              <h2 id="template-heading">{t("milestones.settings.caption")}</h2>
              <div className="template-list">
                {data.map((item) => (
                  <TemplateItemForm
                    key={`${formKey}-${item.key}`}
                    item={item}
                    onReload={() => void reload()}
                  />
                ))}
              </div>
            </section>
            <section aria-labelledby="template-new-heading" className="section">
              <TemplateItemForm key={formKey} />
            </section>
          </>
        )}
      </ListState>
    </>
  );
}
