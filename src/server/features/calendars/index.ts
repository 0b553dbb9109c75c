// Private calendar feeds for every user, and staff and contacts' availability with suggested
// interview times where everyone is free.

export { registerCalendars } from './routes.ts';
export { defaultWeek, suggestSlots } from './suggest.ts';
