#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>

namespace nomo::test {

struct HttpReply
{
    int status = 0; // 0: no answer (connection closed or timed out)
    QMap<QByteArray, QByteArray> headers; // names lower-case
    QByteArray body;
    QJsonObject json() const;
};

// A deliberately small blocking HTTP/1.1 client over a plain socket, for talking to a
// daemon in another process: it sends exactly the bytes given, so tests can send
// what no well-behaved client would.
class RawHttp
{
public:
    explicit RawHttp(quint16 port);
    ~RawHttp();

    bool connect();
    bool isConnected() const;
    // Sends raw bytes and reads one response.
    HttpReply exchange(const QByteArray &request, int timeoutMs = 10000);
    bool send(const QByteArray &bytes);
    HttpReply read(int timeoutMs = 10000);
    // Waits until the server closes the connection; true if it did within the time.
    bool waitForClose(int timeoutMs);

    static HttpReply get(quint16 port, const QByteArray &path);
    static HttpReply request(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers = {});

private:
    class Socket;
    std::unique_ptr<Socket> m_socket;
    quint16 m_port;
};

} // namespace nomo::test
