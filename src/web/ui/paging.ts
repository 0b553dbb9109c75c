// Page numbers as addresses hold them. Pure, so filter modules without React can use it.

/** A page number read from an address's `page`, kept between 1 and `max`. */
export function pageParam(params: URLSearchParams, max = 1000): number {
  return Math.max(1, Math.min(max, Math.trunc(Number(params.get('page'))) || 1));
}
