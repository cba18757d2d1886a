#pragma once

#include <QEventLoop>
#include <QTimer>

namespace nomo::test {

// Runs one asynchronous keychain call to its end (tests only; the app never waits):
// `start` gets a `done` to call from the call's callback.
template<typename Start>
void waitForKeychain(Start start)
{
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    start([&loop] { loop.quit(); });
    loop.exec();
}

} // namespace nomo::test
