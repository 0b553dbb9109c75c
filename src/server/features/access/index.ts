// Who may see and change which records: the scope every staff route asks.
export { registerAccess } from './routes.ts';
export {
  assertCanChange,
  assertCanSee,
  canChange,
  hidesOthers,
  ownerOf,
  type Scope,
  scopeOf,
} from './scope.ts';
