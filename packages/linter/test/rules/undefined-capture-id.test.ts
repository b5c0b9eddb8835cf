import rule from '../../src/rules/undefined-capture-id.js';
import { cfg, ruleTester } from '../rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'slots from declare capture, capture header and len captures', code: cfg('frontend f', '    declare capture request len 10', '    capture request header Host len 20', '    tcp-request content capture req.hdr(x) len 5', '    http-request capture req.hdr(a) len 5', '    http-request capture req.hdr(b) id 3', '    capture response header Server len 9', '    http-response capture res.hdr(c) id 0') },
    { name: 'slots of the defaults section come first', code: cfg('defaults base', '    mode http', '    http-request capture req.hdr(a) len 5', 'frontend f from base', '    declare capture request len 10', '    http-request capture req.hdr(b) id 1') },
    { name: 'a slot declared after its use', code: cfg('frontend f', '    http-request capture req.hdr(b) id 0', '    declare capture request len 10') },
    { name: 'backends fill slots of the frontends that reach them', code: cfg('backend b', '    http-request capture req.hdr(b) id 7') },
  ],
  invalid: [
    {
      name: 'an id that is no decimal number',
      code: cfg('backend b', '    http-request capture req.hdr(b) id 0x10', '    http-response capture res.hdr(b) id 1x'),
      errors: [
        { messageId: 'notNumber', message: "'http-request capture … id 0x10': the id must be a decimal number", line: 2, column: 40, endLine: 2, endColumn: 44 },
        { messageId: 'notNumber', line: 3, column: 41, endLine: 3, endColumn: 43 },
      ],
    },
    {
      name: 'one slot past the declared ones',
      code: cfg('frontend f', '    declare capture request len 10', '    http-request capture req.hdr(b) id 0', '    http-request capture req.hdr(b) id 1'),
      errors: [{ messageId: 'noSlot', message: "frontend 'f' has no request capture slot 1 (it declares 1, numbered from 0): add 'declare capture request len <size>'", line: 4, column: 40, endLine: 4, endColumn: 41 }],
    },
    {
      name: 'response slots are counted apart from request slots',
      code: cfg('listen l', '    declare capture request len 10', '    http-response capture res.hdr(b) id 0'),
      errors: [{ messageId: 'noSlot', message: "listen 'l' has no response capture slot 0 (it declares 0, numbered from 0): add 'declare capture response len <size>'", line: 3, column: 41, endLine: 3, endColumn: 42 }],
    },
  ],
});
