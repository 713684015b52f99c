#pragma once

#include "net/retrypolicy.h"

#include <chrono>

class ConnectivityMonitor;
class NetworkAccess;

// What every job of every client shares: the per-thread managers, the connectivity picture, and the retry and
// timeout rules. ServiceHub owns one; tests build their own with tiny delays.
struct NetContext
{
    NetworkAccess *access = nullptr;
    ConnectivityMonitor *connectivity = nullptr;
    RetryPolicy retry;
    std::chrono::milliseconds timeout{30000};
};
