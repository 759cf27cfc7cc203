"""The outbox: packages sent to the central office's service when the network allows, and
the centre's signed receipts that acknowledge them (DESIGN.md, "The round trip").

    link      connecting to the centre: address, pinned keys, certificate, proxy
    queue     the outbox in the store (states, waits with jitter)
    tus       one upload over HTTP (tus 1.0, resumable) and its receipt
    sender    sending what waits: the command line and the window's worker
    receipts  checking and keeping receipts, from an upload or a stick
    chain     the audit chain's head in packages and receipts (`hrdesk check`)

Nothing here imports Qt.
"""
