/** "Arabic" for "ar", "Chinese (Traditional)" for "zh-Hant"; the tag itself when unknown. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? name : tag;
  } catch {
    return tag;
  }
}
