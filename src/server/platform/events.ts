// In-process domain events, so a feature can react to another's change without importing it:
// accounts announces an accepted invitation; candidates links the record it was for.

export interface DomainEvents {
  'invitation.accepted': { userId: string; candidateId: number | null };
}

type Handler<K extends keyof DomainEvents> = (payload: DomainEvents[K]) => Promise<void>;

export class Events {
  private readonly handlers = new Map<keyof DomainEvents, Handler<keyof DomainEvents>[]>();

  on<K extends keyof DomainEvents>(name: K, handler: Handler<K>): void {
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler as Handler<keyof DomainEvents>]);
  }

  /** Runs every handler in turn; a failure propagates to the caller. */
  async emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await handler(payload);
  }
}
