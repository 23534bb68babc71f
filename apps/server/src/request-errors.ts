import { loggableError } from '@cutover/api';
import type { FastifyError, FastifyInstance } from 'fastify';

/** Fastify's own refusals, each as the key a client translates; parser details stay here. */
const keysByCode: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'errors.malformed_body',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'errors.malformed_body',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'errors.malformed_body',
  FST_ERR_CTP_BODY_TOO_LARGE: 'errors.too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'errors.unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'errors.unsupported_media_type',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'imports.errors.malformed_upload',
  FST_PROTO_VIOLATION: 'imports.errors.malformed_upload',
  FST_PARTS_LIMIT: 'imports.errors.malformed_upload',
  FST_FILES_LIMIT: 'imports.errors.malformed_upload',
  FST_FIELDS_LIMIT: 'imports.errors.malformed_upload',
  FST_REQ_FILE_TOO_LARGE: 'imports.errors.too_large',
};

/**
 * The last word on any error a route did not answer itself: a client error gets its status
 * and a generic key, logged as info; anything else is a 500 with a correlation id, logged
 * as an error without the values involved.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      request.log.info({ code: error.code, status }, 'request refused');
      const message = keysByCode[error.code] ?? 'errors.bad_request';
      return reply.code(status).send({ error: { message, requestId: request.id } });
    }
    request.log.error({ err: loggableError(error) }, 'request failed');
    return reply.code(500).send({ error: { message: 'errors.internal', requestId: request.id } });
  });
}
