package org.incidex.ingest.demo;

/** One fictional site's HTML template. Implementations are stateless and thread-safe. */
interface Layout {

    /** The whole HTML document for the page. */
    String render(Page page);

    static Layout of(Site site) {
        return switch (site) {
            case MERIDIAN_LEDGER -> MeridianLedgerLayout.INSTANCE;
            case SAHEL_WIRE -> SahelWireLayout.INSTANCE;
            case GLOBAL_DESK -> GlobalDeskLayout.INSTANCE;
            case COURIER_ONLINE -> CourierOnlineLayout.INSTANCE;
        };
    }
}
