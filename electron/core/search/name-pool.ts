/** Most counted first; ties in code-point order (localeCompare costs a microsecond a call). */
export const byCountThenName = (a: { name: string; count: number }, b: { name: string; count: number }): number =>
  b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Names as small integers, each name stored once: what the typed arrays of story attributes hold
 * instead of strings. Id 0 is no name.
 */
export class NamePool {
  private constructor(
    private readonly names: string[],
    private readonly ids: Map<string, number>,
  ) {}

  static empty(): NamePool {
    return new NamePool([''], new Map());
  }

  /** A copy to grow, leaving this pool as it is for the searches that may still be reading it. */
  copy(): NamePool {
    return new NamePool(this.names.slice(), new Map(this.ids));
  }

  /** One more than the highest id: the length of an array indexed by name. */
  get size(): number {
    return this.names.length;
  }

  intern(name: string | null): number {
    if (!name) return 0;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  idOf(name: string): number | undefined {
    return this.ids.get(name);
  }

  nameOf(id: number): string {
    return this.names[id] ?? '';
  }
}
