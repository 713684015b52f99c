#pragma once

#include "net/abstractnetworkjob.h"
#include "net/neterror.h"

#include <QObject>
#include <QTimer>

#include <utility>

// The one way a client runs a request (credentials → job → the caller's callback). The caller's context
// object is the receiver of every connection on the way, so a callback whose context has been destroyed is
// dropped by Qt itself: no guard to check, and nothing runs on a half-gone object. Context and job live on
// one thread.
//
//     m_credentials.read(key, context, [this, context, done](const QString &secret, const auto &error) {
//         if (error)
//             return done(missing(error));
//         RequestRunner::run(new SomeJob(m_context, secret, this), context,
//                            [done](SomeJob *job) { done(job->error() ? … : job->value()); });
//     });
namespace RequestRunner {

// Starts job and, once it has finished, hands it to done(job) — unless context is gone by then. The job
// deletes itself afterwards (unless told otherwise); done must not keep it.
template<typename Job, typename Done> void run(Job *job, QObject *context, Done done)
{
    static_assert(std::is_base_of_v<AbstractNetworkJob, Job>, "RequestRunner runs network jobs");
    QObject::connect(job, &AbstractNetworkJob::finished, context,
                     [job, done = std::move(done)]() mutable { done(job); });
    job->start();
}

// A request that can't even be made (the service is not configured): done(error) from the event loop, never
// inside the call, and not at all if context is gone by then.
template<typename Done> void failLater(QObject *context, NetError error, Done done)
{
    QTimer::singleShot(0, context,
                       [error = std::move(error), done = std::move(done)]() mutable { done(error); });
}

} // namespace RequestRunner
