#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace nomo {

class ApiClient;

// The daemon's live "visitors now" (GET /api/v1/live, Server-Sent Events) while the
// console is signed in: each `visitors` event's figure, and whether the stream is up.
// A stream that ends or fails is opened again after a pause (the daemon's `retry:`
// hint, 3 s by default); nothing is kept on disk, a figure older than the stream is
// no figure at all.
class LiveFeed : public QObject
{
    Q_OBJECT

public:
    explicit LiveFeed(ApiClient &api, QObject *parent = nullptr);
    ~LiveFeed() override;

    void start(); // signed in: open, and keep open
    void stop();  // signed out or closing
    bool live() const { return m_visitors.has_value(); }
    std::optional<qint64> visitors() const { return m_visitors; }

    // One SSE line at a time (RFC: WHATWG HTML §9.2): fields into the pending event, a
    // blank line dispatches it. Public for its test.
    void feedLine(const QByteArray &line);

Q_SIGNALS:
    void visitorsChanged();

private:
    void open();
    void readSome();
    void ended();
    void dispatch();

    ApiClient &m_api;
    QPointer<QNetworkReply> m_reply;
    QTimer m_again;
    bool m_running = false;
    QByteArray m_partial;
    QByteArray m_event;
    QByteArray m_data;
    std::optional<qint64> m_visitors;
};

} // namespace nomo
