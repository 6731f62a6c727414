import type { OrganizationType } from "@kyoso/domain";

export interface ContactValues {
  key: number;
  name: string;
  title: string;
  email: string;
  phone: string;
}

export interface OrganizationFormValues {
  name: string;
  nameKana: string;
  type: OrganizationType | "";
  prefectureCode: string;
  note: string;
  contacts: ContactValues[];
}

export const emptyOrganization = (prefectureCode: string): OrganizationFormValues => ({
  name: "",
  nameKana: "",
  type: "",
  prefectureCode,
  note: "",
  contacts: [],
});

interface Stored {
  name: string;
  nameKana: string | null;
  type: OrganizationType;
  prefectureCode: string | null;
  note: string | null;
  contacts: { name: string; title: string | null; email: string | null; phone: string | null }[];
}

export function organizationValues(o: Stored): OrganizationFormValues {
  return {
    name: o.name,
    nameKana: o.nameKana ?? "",
    type: o.type,
    prefectureCode: o.prefectureCode ?? "",
    note: o.note ?? "",
    contacts: o.contacts.map((c, i) => ({
      key: i + 1,
      name: c.name,
      title: c.title ?? "",
      email: c.email ?? "",
      phone: c.phone ?? "",
    })),
  };
}

/** The fields both create and update send; the schema turns empty strings into nulls. */
export function organizationFields(values: OrganizationFormValues) {
  return {
    name: values.name,
    nameKana: values.nameKana,
    type: values.type,
    prefectureCode: values.prefectureCode || null,
    note: values.note,
    contacts: values.contacts.map(({ key: _key, ...contact }) => contact),
  };
}
