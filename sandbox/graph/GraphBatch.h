#pragma once

#include "GraphEventJson.h"

namespace cxsync::sandbox {

// POST /v1.0/$batch: up to 20 members with unique ids, relative URLs dispatched to the same handlers,
// dependsOn (424 for dependents of failed members), and at most 4 members per mailbox in flight at once.
class GraphBatch {
public:
    using Dispatcher = std::function<void(const SandboxRequest &, const GraphDone &)>;
    using MailboxOf = std::function<QString(const SandboxRequest &)>;

    static constexpr int maxRequests = 20;
    static constexpr int maxPerMailbox = 4;

    // Validates the envelope (errors answer the whole batch) and runs the members.
    static void run(const SandboxRequest &envelope, const Dispatcher &dispatch, const MailboxOf &mailboxOf,
                    const GraphDone &done);
};

} // namespace cxsync::sandbox
