/** A text a host writes for its own values, events or locales: English, and any other locales. */
export interface TextInput {
  readonly en: string;
  readonly [locale: string]: string | undefined;
}
