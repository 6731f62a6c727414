import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_LANGUAGES,
  NOTIFICATION_TOPICS,
  type NotificationChannel,
  type NotificationPreferences,
  type NotificationTopic,
  notificationPreferencesSchema,
} from "@kyoso/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormCheckbox, FormSelect, FormText } from "../../../components/form/fields";
import { SchemaForm } from "../../../components/form/schema-form";
import { useSchemaForm } from "../../../components/form/use-schema-form";
import { FormFailure } from "../../../components/form-failure";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { describeApiFailure } from "../../../lib/api-errors";
import { useTRPC } from "../../../lib/trpc";
import "../notifications.css";

interface Values {
  language: string;
  quietEnabled: boolean;
  quietFrom: string;
  quietUntil: string;
  channels: Record<NotificationTopic, NotificationChannel>;
}

const toValues = (p: NotificationPreferences): Values => ({
  language: p.language,
  quietEnabled: p.quietFrom !== null,
  quietFrom: p.quietFrom ?? "21:00",
  quietUntil: p.quietUntil ?? "08:00",
  channels: p.channels,
});

/** 通知の設定: per kind of news, in the app, by e-mail, in the daily digest or not at all; a quiet time; the mail language. */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const preferences = useQuery(trpc.notification.preferences.queryOptions());
  // Kept here: a save gives a new version, and the form below starts afresh from it.
  const [done, setDone] = useState(false);
  return (
    <div className="notification-settings">
      <PageHeading title={t("notifications.settings.title")} />
      <p className="lead">{t("notifications.settings.intro")}</p>
      <p>
        <Link to="/notifications">{t("notifications.settings.backToList")}</Link>
      </p>
      <ListState query={preferences}>
        {(data) => (
          <SettingsForm
            key={data.version}
            saved={data}
            onSaving={() => setDone(false)}
            onSaved={() => setDone(true)}
            onReload={() => void preferences.refetch()}
          />
        )}
      </ListState>
      <p role="status" className={done ? "notice notice--success" : undefined}>
        {done ? t("notifications.settings.saved") : ""}
      </p>
    </div>
  );
}

interface FormProps {
  saved: NotificationPreferences;
  onSaving: () => void;
  onSaved: () => void;
  onReload: () => void;
}

function SettingsForm({ saved, onSaving, onSaved, onReload }: FormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sf = useSchemaForm({
    schema: notificationPreferencesSchema,
    defaultValues: toValues(saved),
    toInput: (v: Values) => ({
      version: saved.version,
      language: v.language,
      quietFrom: v.quietEnabled ? v.quietFrom : null,
      quietUntil: v.quietEnabled ? v.quietUntil : null,
      channels: v.channels,
    }),
  });
  const save = useMutation(
    trpc.notification.savePreferences.mutationOptions({
      onSuccess: async (after) => {
        onSaved();
        queryClient.setQueryData(trpc.notification.preferences.queryKey(), after);
      },
    }),
  );
  const failure = save.isError ? describeApiFailure(save.error, t("form.networkError")) : null;
  const quietEnabled = sf.form.watch("quietEnabled");
  const channelOptions = NOTIFICATION_CHANNELS.map((c) => ({
    value: c,
    label: t(`notifications.settings.channels.${c}`),
  }));

  return (
    <SchemaForm
      form={sf}
      serverErrors={failure?.fieldErrors}
      onValid={(input) => {
        onSaving();
        if (!save.isPending) save.mutate(input);
      }}
      className="form card"
    >
      <FormFailure failure={failure} onReload={onReload} />
      <fieldset>
        <legend>{t("notifications.settings.channelsHeading")}</legend>
        {NOTIFICATION_TOPICS.map((topic) => (
          <FormSelect
            key={topic}
            id={`notification-channel-${topic}`}
            name={`channels.${topic}`}
            label={t(`notifications.settings.topics.${topic}`)}
            options={channelOptions}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("notifications.settings.quietHeading")}</legend>
        <FormCheckbox
          id="notification-quiet-enabled"
          name="quietEnabled"
          label={t("notifications.settings.quietEnabled")}
          hint={t("notifications.settings.quietHint")}
        />
        {quietEnabled && (
          <div className="quiet-times">
            <FormText
              id="notification-quiet-from"
              name="quietFrom"
              type="time"
              label={t("notifications.settings.quietFrom")}
            />
            <FormText
              id="notification-quiet-until"
              name="quietUntil"
              type="time"
              label={t("notifications.settings.quietUntil")}
            />
          </div>
        )}
      </fieldset>
      <FormSelect
        id="notification-language"
        name="language"
        label={t("notifications.settings.language")}
        options={NOTIFICATION_LANGUAGES.map((l) => ({
          value: l,
          label: t(`notifications.settings.languages.${l}`),
        }))}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {save.isPending ? t("notifications.settings.saving") : t("notifications.settings.save")}
        </button>
      </div>
    </SchemaForm>
  );
}
