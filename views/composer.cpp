#include "views/composer.h"

#include "views/composeredit.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    m_send->setAccessibleName(tr("Send message"));
    m_send->setToolTip(tr("Send (Enter)"));
    m_stop->setAccessibleName(tr("Stop the reply"));
    m_stop->setToolTip(tr("Stop the reply; the text received so far is kept (Esc)"));
    m_stop->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_edit);

    connect(m_edit, &ComposerEdit::submitted, this, &Composer::submit);
    connect(m_send, &QPushButton::clicked, this, &Composer::submit);
    connect(m_edit, &ComposerEdit::stopRequested, this, [this] {
        if (m_busy)
            Q_EMIT stopRequested();
    });
    connect(m_stop, &QPushButton::clicked, this, &Composer::stopRequested);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateButtons();
        Q_EMIT textChanged();
    });
    updateButtons();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void Composer::clear()
{
    m_edit->clear();
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    m_stop->setVisible(busy);
    updateButtons();
}

void Composer::updateButtons()
{
    m_send->setEnabled(!m_busy && !text().trimmed().isEmpty());
}

void Composer::submit()
{
    // Enter while busy or with nothing typed does nothing; the text stays for later.
    if (!m_send->isEnabled())
        return;
    Q_EMIT sendRequested(text());
}
