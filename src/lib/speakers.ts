// People who speak in the documents, with the roles they were recorded in.

interface WithSpeakers {
  data: { speakers: readonly { name: string; role?: string }[] };
}

export interface SpeakerEntry<D> {
  name: string;
  /** Distinct roles in the order first seen. */
  roles: string[];
  docs: D[];
}

/** Speakers ordered by number of documents, then by name; documents keep the input order. */
export function groupBySpeaker<D extends WithSpeakers>(docs: readonly D[]): SpeakerEntry<D>[] {
  const byName = new Map<string, SpeakerEntry<D>>();
  for (const doc of docs) {
    for (const { name, role } of doc.data.speakers) {
      const entry = byName.get(name) ?? { name, roles: [], docs: [] };
      if (role && !entry.roles.includes(role)) entry.roles.push(role);
      if (!entry.docs.includes(doc)) entry.docs.push(doc);
      byName.set(name, entry);
    }
  }
  return [...byName.values()].sort((a, b) => b.docs.length - a.docs.length || a.name.localeCompare(b.name, 'zh-CN'));
}

export const speakerUrl = (name: string) => `/speakers/${encodeURIComponent(name)}/`;
