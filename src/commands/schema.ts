// salesplan schema: the JSON Schema of the plan format, for editors.
import { planJsonSchema } from '../plan/schema.js';
import { writeStdout } from '../report/streams.js';

export async function run(): Promise<number> {
  await writeStdout(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  return 0;
}
