/** Collects what the user should know about a document (German), each message once. */
export class Warnings {
  private readonly messages = new Set<string>();

  add(message: string): void {
    this.messages.add(message);
  }

  list(): string[] {
    return [...this.messages];
  }
}
