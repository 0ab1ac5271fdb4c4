import type { ApiEvent, ApiEventPayload } from '../../shared/api';

type Listener = <E extends ApiEvent>(event: E, payload: ApiEventPayload<E>) => void;

/** Fans backend events out to whoever carries them to pages: IPC to windows, server-sent events to browsers. */
export class EventHub {
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends ApiEvent>(event: E, payload: ApiEventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
