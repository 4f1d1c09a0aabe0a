#pragma once

#include "network/chatclient.h"

#include <QEventLoop>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

// Collects everything a ChatClient emits for one or more requests.
class StreamRecorder : public QObject
{
public:
    explicit StreamRecorder(ChatClient *client)
        : m_client(client)
    {
        connect(client, &ChatClient::textDelta, this, [this](const QString &text) {
            m_text += text;
            ++m_textDeltas;
        });
        connect(
            client, &ChatClient::reasoningDelta, this, [this](const QString &text) { m_reasoning += text; });
        connect(client, &ChatClient::finished, this,
            [this](const StreamOutcome &outcome) { m_outcomes.append(outcome); });
    }

    // Waits for the first finished(); false on timeout. An event loop, not QTest::qWaitFor:
    // that sleeps 10 ms per round, which starves a LoopbackServer writing byte by byte.
    bool waitFinished(int ms = 20000)
    {
        if (m_outcomes.isEmpty()) {
            QEventLoop loop;
            connect(m_client, &ChatClient::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(ms, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return !m_outcomes.isEmpty();
    }
    const StreamOutcome &outcome() const { return m_outcomes.first(); }

    ChatClient *m_client;
    QString m_text;
    QString m_reasoning;
    int m_textDeltas = 0;
    QList<StreamOutcome> m_outcomes;
};
