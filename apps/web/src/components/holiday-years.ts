import type { HolidayTable } from "@kyoso/domain/plain";
import { useEffect, useState } from "react";

/**
 * holiday_jp's table one year at a time (~0.4 kB gzip each) instead of all of 1970–2050 (~11 kB gzip): a screen
 * fetches the years its dates fall in, when it first shows one. Years outside the table have no holidays.
 */
const yearFiles = import.meta.glob<HolidayTable>(
  "../../node_modules/@holiday-jp/holiday_jp/lib/holidays_every_year/*.js",
  { import: "default" },
);
const loaders = new Map<number, () => Promise<HolidayTable>>(
  Object.entries(yearFiles).map(([file, load]) => [Number(/(\d{4})\.js$/.exec(file)?.[1]), load]),
);

const EMPTY: HolidayTable = {};
const loaded = new Map<number, HolidayTable>();
const loading = new Map<number, Promise<HolidayTable | null>>();

function loadYear(year: number): Promise<HolidayTable | null> {
  let pending = loading.get(year);
  if (!pending) {
    const load = loaders.get(year);
    pending = load
      ? load().then(
          (table) => {
            loaded.set(year, table);
            return table;
          },
          // A chunk that cannot be fetched (offline, a deploy): weekends stay marked; the next mount asks again.
          () => {
            loading.delete(year);
            return null;
          },
        )
      : Promise.resolve(EMPTY);
    loading.set(year, pending);
  }
  return pending;
}

/** The holiday table of one year, or null until it has arrived (or when it could not be fetched). */
export function useHolidayYear(year: number): HolidayTable | null {
  const [table, setTable] = useState<HolidayTable | null>(() => loaded.get(year) ?? null);
  useEffect(() => {
    const known = loaded.get(year);
    if (known) {
      setTable(known);
      return;
    }
    let current = true;
    void loadYear(year).then((result) => {
      if (current) setTable(result);
    });
    return () => {
      current = false;
    };
  }, [year]);
  return table;
}
