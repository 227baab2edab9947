"""A slow SMTP sink for the mail tests (started by scripts/test.sh).

Like `python3 -m aiosmtpd -n -l HOST:PORT -c aiosmtpd.handlers.Mailbox DIR`, but it
answers each message after DELAY seconds, as a loaded mail server would; and for a
recipient whose address holds "tres-lent" it waits 30 s and refuses the message,
as a server that hangs would (nothing is stored then).

    python3 smtp_lent.py HOST:PORT MAILDIR DELAY
"""
import asyncio
import signal
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox


class Lent(Mailbox):
    def __init__(self, dossier, delai):
        super().__init__(dossier)
        self.delai = delai

    async def handle_DATA(self, server, session, envelope):
        if any("tres-lent" in r for r in envelope.rcpt_tos):
            await asyncio.sleep(30)
            return "451 trop tard"
        await asyncio.sleep(self.delai)
        return await super().handle_DATA(server, session, envelope)


def main():
    hote, port = sys.argv[1].rsplit(":", 1)
    arret = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, arret)  # the server's thread inherits it
    serveur = Controller(Lent(sys.argv[2], float(sys.argv[3])), hostname=hote, port=int(port))
    serveur.start()
    signal.sigwait(arret)
    serveur.stop()


if __name__ == "__main__":
    main()
