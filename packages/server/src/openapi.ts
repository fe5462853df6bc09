import {
  changeHistorySchema,
  notificationCatalogSchema,
  notificationPreferencesSchema,
  paymentsSchema,
  paymentTokenSchema,
  privacyCatalogSchema,
  verificationProofSchema,
  privacyPreferencesSchema,
  themeCatalogSchema,
  themePreferencesSchema,
  adapterErrorKinds,
} from '@prefcenter/core';
import {
  actionPaths,
  domainPaths,
  headerNames,
  mediaTypes,
  problemTypeBase,
} from '@prefcenter/adapter-rest/http-contract';
import * as z from 'zod/mini';

type Json = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the HTTP contract, built from core's zod schemas (zod's
 * own JSON Schema output, draft 2020-12 as OpenAPI 3.1 uses) and the paths of
 * `http-contract.ts`: nothing is kept by hand, and `npm run openapi:check` fails when
 * the checked-in `openapi.json` is not what this builds.
 */
export function buildOpenApi(): Json {
  const schemas: Json = {};
  const add = (name: string, schema: z.ZodMiniType, io: 'input' | 'output') => {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
    delete json.$schema;
    schemas[name] = json;
    return { $ref: `#/components/schemas/${name}` };
  };

  const documents = {
    notifications: { title: 'Notification preferences', schema: notificationPreferencesSchema, name: 'Notification' },
    theme: { title: 'Theme preferences', schema: themePreferencesSchema, name: 'Theme' },
    privacy: { title: 'Privacy preferences', schema: privacyPreferencesSchema, name: 'Privacy' },
    payments: { title: 'Payment methods', schema: paymentsSchema, name: 'Payments' },
  } as const;
  const catalogs = {
    notifications: notificationCatalogSchema,
    theme: themeCatalogSchema,
    privacy: privacyCatalogSchema,
  } as const;

  schemas.Problem = problemSchema();
  const paths: Json = {};
  for (const [domain, { title, schema, name }] of Object.entries(documents)) {
    const document = add(`${name}Document`, schema as z.ZodMiniType, 'output');
    const input = z.toJSONSchema(schema as z.ZodMiniType, { io: 'input', unrepresentable: 'any' }) as Json;
    schemas[`${name}Patch`] = mergePatchSchema(input, ['version', 'updatedAt']);
    const patch = { $ref: `#/components/schemas/${name}Patch` };
    const path = domainPaths[domain as keyof typeof domainPaths];
    paths[path.document] = {
      get: {
        operationId: `get${name}Document`,
        summary: `The customer's ${title.toLowerCase()}`,
        tags: [domain],
        responses: { 200: documentResponse(document), ...errors('401', '404', '429', '503') },
      },
      patch: {
        operationId: `update${name}Document`,
        summary: `Changes the ${title.toLowerCase()} with a JSON Merge Patch (RFC 7396)`,
        tags: [domain],
        parameters: [ifMatch, idempotencyKey, client],
        requestBody: { required: true, content: { [mediaTypes.mergePatch]: { schema: patch } } },
        responses: {
          200: documentResponse(document),
          ...errors('400', '401', '403', '404', '412', '413', '415', '422', '428', '429', '503'),
        },
      },
    };
    const catalog = catalogs[domain as keyof typeof catalogs];
    if (catalog && path.catalog) {
      const ref = add(`${name}Catalog`, catalog as z.ZodMiniType, 'output');
      paths[path.catalog] = {
        get: {
          operationId: `get${name}Catalog`,
          summary: `What the institution offers for ${domain}`,
          tags: [domain],
          responses: { 200: { description: 'The catalog', content: json(ref) }, ...errors('401', '429', '503') },
        },
      };
    }
  }

  const history = add('ChangeHistory', changeHistorySchema as z.ZodMiniType, 'output');
  paths[actionPaths.notificationHistory] = {
    get: {
      operationId: 'getNotificationHistory',
      summary: 'Past changes, newest first, from the change log',
      tags: ['notifications'],
      responses: { 200: { description: 'The history', content: json(history) }, ...errors('401', '429', '503') },
    },
  };
  paths[template(actionPaths.verifyChannel('{channelId}'))] = {
    post: {
      operationId: 'verifyNotificationChannel',
      summary: 'Makes a channel ready (verify a phone, register a device)',
      tags: ['notifications'],
      parameters: [{ name: 'channelId', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 204: { description: 'The channel is ready' }, ...errors('401', '403', '404', '429', '503') },
    },
  };
  const token = add('PaymentToken', paymentTokenSchema as z.ZodMiniType, 'input');
  const payments = { $ref: '#/components/schemas/PaymentsDocument' };
  paths[actionPaths.paymentMethods] = {
    post: {
      operationId: 'addPaymentMethod',
      summary: "Adds a payment method from a token of the host's payment provider (never a card number)",
      tags: ['payments'],
      parameters: [ifMatch, idempotencyKey, client],
      requestBody: { required: true, content: json(token) },
      responses: {
        200: documentResponse(payments),
        ...errors('400', '401', '403', '412', '413', '415', '422', '428', '429', '503'),
      },
    },
  };
  const methodId = { name: 'methodId', in: 'path', required: true, schema: { type: 'string' } };
  paths[template(actionPaths.paymentMethod('{methodId}'))] = {
    delete: {
      operationId: 'removePaymentMethod',
      summary: 'Removes a payment method',
      description:
        'A method that something charges (`usedBy`), or that is a default while other methods exist, is refused ' +
        '(422) unless `replaceWith` names another verified, unexpired method: it takes over what charged the ' +
        'removed one and every default that named it. The only method, when nothing charges it, is removed with ' +
        'the defaults.',
      tags: ['payments'],
      parameters: [
        methodId,
        {
          name: 'replaceWith',
          in: 'query',
          description: 'The method that takes over the subscriptions, bills, instalments and defaults of this one.',
          schema: { type: 'string', minLength: 1, maxLength: 200 },
        },
        ifMatch,
        idempotencyKey,
        client,
      ],
      responses: { 200: documentResponse(payments), ...errors('401', '403', '404', '412', '422', '428', '429', '503') },
    },
  };
  const proof = add('VerificationProof', verificationProofSchema as z.ZodMiniType, 'input');
  paths[template(actionPaths.verifyPaymentMethod('{methodId}'))] = {
    post: {
      operationId: 'verifyPaymentMethod',
      summary: 'Verifies a bank account with the two micro-deposit amounts (minor units) or the code it was sent',
      description:
        'Only for a method whose `verification` is `required`, with the proof of its `verificationMethod` (422 ' +
        'otherwise). A wrong proof is not an error: the answer is the document with one try less ' +
        '(`verificationAttemptsLeft`), and the last try makes it `failed`.',
      tags: ['payments'],
      parameters: [methodId, ifMatch, idempotencyKey, client],
      requestBody: { required: true, content: json(proof) },
      responses: {
        200: documentResponse(payments),
        ...errors('400', '401', '403', '404', '412', '413', '415', '422', '428', '429', '503'),
      },
    },
  };
  paths[actionPaths.events] = {
    get: {
      operationId: 'streamChanges',
      summary: "Changes to the customer's documents as Server-Sent Events",
      description:
        'Each `change` event carries `{ domain, document }` (the whole new document) and the change log id as its ' +
        'event id; a client that reconnects with `Last-Event-ID` gets every change after it, once. `client` leaves ' +
        "out the changes that adapter instance made itself (its `Prefs-Client` header). A 'ready' event opens the stream.",
      tags: ['events'],
      parameters: [
        {
          name: 'Last-Event-ID',
          in: 'header',
          description:
            'Resumes after this change. An id past the newest replays from the start (the newest document of each ' +
            'domain); a value that is no id starts from the newest change.',
          schema: { type: 'string', pattern: '^\\d{1,19}$' },
        },
        { name: 'client', in: 'query', schema: { type: 'string' } },
      ],
      responses: {
        200: { description: 'An event stream', content: { [mediaTypes.eventStream]: { schema: { type: 'string' } } } },
        ...errors('401', '429', '503'),
      },
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: '@prefcenter HTTP contract',
      version: '1',
      description:
        'Preferences documents, catalogs, merge patches, actions, history and change events for every domain of ' +
        "@prefcenter/core. Generated from core's zod schemas by `npm run openapi`; do not edit by hand. Every " +
        'error is an RFC 9457 problem document whose `kind` is the AdapterError kind the adapter throws.',
    },
    servers: [{ url: '/v1' }],
    security: [{ bearer: [] }, { cookie: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'prefs_session',
          description: `A change made with the cookie also needs the ${headerNames.csrf} header.`,
        },
      },
    },
  };
}

const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: true,
  description: 'The ETag of the document the change was made on; 412 when it is stale, 428 when it is missing.',
  schema: { type: 'string', pattern: '^"\\d+"$' },
};
const idempotencyKey = {
  name: headerNames.idempotencyKey,
  in: 'header',
  description:
    'The same for every retry of one change: the first answer is replayed; the same key with another body is refused (422).',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};
const client = {
  name: headerNames.client,
  in: 'header',
  description: 'The adapter instance that makes the change; its own event stream leaves the change out.',
  schema: { type: 'string', maxLength: 100 },
};

const json = (schema: Json) => ({ [mediaTypes.json]: { schema } });

function documentResponse(schema: Json) {
  return {
    description: 'The whole document after the change, with its version as ETag',
    headers: { ETag: { schema: { type: 'string' } } },
    content: json(schema),
  };
}

const statusText: Record<string, string> = {
  '400': 'Malformed JSON',
  '401': 'No customer could be named (unauthorized)',
  '403': 'A cookie session without its CSRF token, or a step-up sign-in needed (reauth-required)',
  '404': 'Not found',
  '412': 'The document changed since the If-Match version (conflict)',
  '413': 'The body is too large',
  '415': 'The content type is not the one this operation takes',
  '422': 'Invalid values; `fields` names each (validation)',
  '428': 'If-Match is missing',
  '429': 'Too many requests for this customer (rate-limited)',
  '503': 'The service or its database is unavailable',
};

function errors(...statuses: string[]): Json {
  const out: Json = {};
  for (const status of statuses) {
    const retry = status === '429' || status === '503';
    out[status] = {
      description: statusText[status],
      ...(retry && { headers: { 'Retry-After': { schema: { type: 'integer', minimum: 0 } } } }),
      content: { [mediaTypes.problem]: { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return out;
}

function problemSchema(): Json {
  return {
    type: 'object',
    description: 'RFC 9457 problem details, with the AdapterError kind.',
    required: ['type', 'title', 'status', 'kind'],
    properties: {
      type: { type: 'string', format: 'uri', description: `${problemTypeBase}<kind>` },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      kind: { enum: [...adapterErrorKinds] },
      fields: { type: 'object', additionalProperties: { type: 'string' } },
      retryAfter: { type: 'integer', minimum: 0 },
    },
  };
}

/**
 * The JSON Schema of a merge patch of a document (RFC 7396): every field optional, `null`
 * removes it, objects merge field by field and arrays are replaced whole.
 */
export function mergePatchSchema(schema: Json, omit: readonly string[] = []): Json {
  const properties = schema.properties as Record<string, Json> | undefined;
  const additional = schema.additionalProperties as Json | boolean | undefined;
  if (schema.type !== 'object') return schema;
  const out: Json = { type: 'object' };
  if (schema.description) out.description = schema.description;
  if (properties) {
    const patched: Record<string, Json> = {};
    for (const [key, value] of Object.entries(properties)) {
      if (!omit.includes(key)) patched[key] = nullable(mergePatchSchema(value));
    }
    out.properties = patched;
  }
  if (schema.propertyNames) out.propertyNames = schema.propertyNames;
  if (typeof additional === 'object') out.additionalProperties = nullable(mergePatchSchema(additional));
  else if (additional !== undefined) out.additionalProperties = additional;
  return out;
}

function nullable(schema: Json): Json {
  return { anyOf: [schema, { type: 'null' }] };
}

/** A path of `http-contract.ts` with its parameter as an OpenAPI template (`{id}`, not `%7Bid%7D`). */
function template(path: string): string {
  return path.replace(/%7B/g, '{').replace(/%7D/g, '}');
}
