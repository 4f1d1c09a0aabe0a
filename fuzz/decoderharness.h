#pragma once

#include "fuzzinput.h"
#include "network/chatclient.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <cstdlib>

// Drives a provider's stream decoder (ChatClient's protocol hooks) without a network: a stub
// reply stands in for the running request, so feedStream(), endStream() and an error in the
// stream take the same paths they take on a real body.
class StubReply : public QNetworkReply
{
public:
    StubReply() { open(QIODevice::ReadOnly); }
    void abort() override { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

template<class Client> class DecoderHarness : public Client
{
public:
    DecoderHarness()
        : Client(nullptr, ProviderProfile(), nullptr)
    { }

    // Feeds `body` in `chunk`-byte reads, then ends the body. Returns the text delivered.
    qsizetype run(const QByteArray &body, qsizetype chunk)
    {
        StubReply reply;
        qsizetype delivered = 0;
        QObject::connect(
            this, &ChatClient::textDelta, &reply, [&](const QString &t) { delivered += t.size(); });
        QObject::connect(
            this, &ChatClient::reasoningDelta, &reply, [&](const QString &t) { delivered += t.size(); });
        this->m_reply = &reply;
        this->resetStream();
        for (const QByteArray &bytes : FuzzInput::chunks(body, chunk)) {
            if (!this->isStreaming())
                break;
            this->feedStream(bytes);
        }
        if (this->isStreaming())
            this->endStream();
        this->m_reply.clear();
        return delivered;
    }
};

// The client's code needs a QCoreApplication (translations, deleteLater).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

// One input through Client: whole and cut must deliver the same amount of text.
template<class Client> int fuzzDecoder(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QByteArray body = FuzzInput::body(data, size);
    DecoderHarness<Client> whole;
    DecoderHarness<Client> cut;
    if (whole.run(body, qMax<qsizetype>(1, body.size())) != cut.run(body, FuzzInput::chunkSize(data, size)))
        std::abort();
    return 0;
}
