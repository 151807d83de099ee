/**
 * Query parameters and shapes for the routes not yet declared as operations: the same schemas
 * the operations use (src/services/registry/schemas), so the OpenAPI document names each once.
 */
import { langSchema } from '../services/registry/schemas/params.js';

export { editionQuery } from '../services/registry/schemas/params.js';
export { displaySchema } from '../services/registry/schemas/text.js';

/** `?lang=`: optional; the route falls back on Accept-Language, then Kazakh. */
export const langQuery = langSchema.optional();
