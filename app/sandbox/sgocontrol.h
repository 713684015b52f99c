#pragma once

class SgoSandbox;
struct SandboxReply;
struct SandboxRequest;

// The control calls that change the sandbox's SGO college while the app runs, so that pulls can be tried by
// hand and in tests (app/sandbox/sgo-calls.md, «Changing the sandbox's college»). They live under
// /sandbox/sgo/ beside /sandbox/faults: never faulted, never counted as SGO requests, no `at` header (the
// sandbox listens on loopback only). Each change moves the sandbox's change counter, so the next pull of
// webapi/sync brings it as a delta.
//   POST   /sandbox/sgo/marks         {"lessonId","studentId","value":0|2..5,"absent"} → 204
//   POST   /sandbox/sgo/orders        {"kind":"enrolment","groupId","date","number","student":{…}}
//                                     {"kind":"withdrawal","studentId","date","number"} → 201
//                                     {"orderId","studentId"}
//   DELETE /sandbox/sgo/lessons/{id}                                                    → 204
// Errors: 400 / 404 / 409 with {"message"}, as SGO words them.
namespace SgoControl {

SandboxReply serve(SgoSandbox &sgo, const SandboxRequest &request);

} // namespace SgoControl
