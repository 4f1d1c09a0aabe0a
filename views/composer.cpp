#include "views/composer.h"

#include "views/attachmentbar.h"
#include "views/composeredit.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new ComposerEdit(this))
    , m_attachments(new AttachmentBar(this))
    , m_attach(new QPushButton(tr("Attach…"), this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    m_send->setAccessibleName(tr("Send message"));
    m_send->setToolTip(tr("Send (Enter)"));
    m_stop->setAccessibleName(tr("Stop the reply"));
    m_stop->setToolTip(tr("Stop the reply; the text received so far is kept (Esc)"));
    m_stop->hide();
    m_attach->setAccessibleName(tr("Attach files"));
    m_attach->setToolTip(tr("Attach images, PDFs or text files (or drop or paste them here)"));

    auto *buttons = new QVBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_attach);
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    auto *column = new QVBoxLayout;
    column->addWidget(m_attachments);
    column->addWidget(m_edit, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addLayout(column, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_edit);

    connect(m_attach, &QPushButton::clicked, this, &Composer::chooseFiles);
    // Dropped or pasted files and images become attachments; text stays text.
    m_edit->setAttachmentFilter([this](const QMimeData *mime) { return m_attachments->addMimeData(mime); });
    connect(m_attachments, &AttachmentBar::refused, this, &Composer::attachmentRefused);
    connect(m_attachments, &AttachmentBar::changed, this, [this] {
        updateButtons();
        Q_EMIT textChanged();
    });

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
    m_attachments->clear();
}

QList<Attachment> Composer::attachments() const
{
    return m_attachments->attachments();
}

void Composer::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"), QString(),
        tr("Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json "
           "*.xml *.yaml *.yml *.log *.c *.cpp *.h *.py *.js *.ts *.rs *.go *.java *.sh);;All files (*)"));
    m_attachments->addFiles(paths);
}

void Composer::setBusy(bool busy)
{
    m_busy = busy;
    m_stop->setVisible(busy);
    updateButtons();
}

void Composer::updateButtons()
{
    m_send->setEnabled(!m_busy && (!text().trimmed().isEmpty() || !m_attachments->isEmpty()));
}

void Composer::submit()
{
    // Enter while busy or with nothing typed does nothing; the text stays for later.
    if (!m_send->isEnabled())
        return;
    Q_EMIT sendRequested(text());
}
