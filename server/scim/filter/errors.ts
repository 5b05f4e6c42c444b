/** A filter or path that cannot be read; `position` is the 0-based character offset (as in JSON.parse messages). */
export class FilterSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}
