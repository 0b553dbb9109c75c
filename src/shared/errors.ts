/** The one error shape every API endpoint returns. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}
