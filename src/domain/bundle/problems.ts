/** The problems a validation collects: every one with its file and field path, not just the first. */
import type { z } from 'zod';
import type { BundleProblem } from './resolvedBundle';

export class Problems {
  readonly list: BundleProblem[] = [];
  add(file: string, path: string, message: string): void {
    this.list.push({ file, path, message });
  }
  addZod(file: string, base: string, error: z.ZodError): void {
    for (const issue of error.issues) {
      const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
      this.add(file, `${base}${path}`, issue.message);
    }
  }
}
