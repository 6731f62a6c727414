import { useMutation, useQuery } from "@tanstack/react-query";
import { Navigate } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../../components/page-heading";
import { ListState } from "../../../components/query-state";
import { useDates } from "../../../i18n/use-dates";
import { useTRPC } from "../../../lib/trpc";
import { AgreementList, MeetingList, MilestoneList, MinutesList, SurveyList, TaskList } from "./home-lists";
import { MyRegions, NationalPicture } from "./home-regions";

/**
 * Where everyone lands after signing in (「今日やること」): their regions first, then what waits for them, each
 * item a link to where it is done. A partner's home is their forum, so they are taken there.
 */
export function HomePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const dates = useDates();
  // Counts "since my last visit": a refetch on focus would count from the visit just recorded.
  const home = useQuery({ ...trpc.home.get.queryOptions({}), refetchOnWindowFocus: false });
  const markSeen = useMutation(trpc.home.markSeen.mutationOptions());
  const marked = useRef(false);
  const { mutate } = markSeen;
  useEffect(() => {
    if (home.isSuccess && !marked.current) {
      marked.current = true;
      mutate();
    }
  }, [home.isSuccess, mutate]);

  if (home.data?.partnerForum) {
    const { regionSlug, editionId } = home.data.partnerForum;
    return (
      <>
        <p role="status">{t("home.partnerRedirect")}</p>
        <Navigate
          to="/regions/$slug/forum"
          params={{ slug: regionSlug }}
          search={{ edition: editionId }}
          replace
        />
      </>
    );
  }

  return (
    <>
      <PageHeading title={t("home.title")} />
      <ListState query={home}>
        {(data) => (
          <>
            <p className="lead">{t("home.intro", { date: dates.date(data.today) })}</p>
            <div className="home">
              {data.myRegions.length > 0 && <MyRegions regions={data.myRegions} />}
              {data.national && <NationalPicture picture={data.national} />}
              <TaskList data={data} />
              {data.role !== "probono" && <MeetingList data={data} />}
              <MilestoneList data={data} />
              {data.role !== "probono" && (
                <>
                  <AgreementList data={data} />
                  <MinutesList data={data} />
                  <SurveyList data={data} />
                </>
              )}
            </div>
          </>
        )}
      </ListState>
    </>
  );
}
