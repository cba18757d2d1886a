#pragma once

namespace nomo {

// Raises the soft limit on open file descriptors to the hard limit (the default
// soft limit, 1024, is far below what a busy daemon needs, and systemd's
// LimitNOFILE sets only the hard one on some systems). Returns the soft limit in
// force afterwards.
int raiseDescriptorLimit();

// Connections the HTTP guard may hold open under a descriptor limit: the rest is
// kept for the database, log and outbound connections, and lingering refusals.
int connectionsWithin(int descriptorLimit, int wanted);

} // namespace nomo
