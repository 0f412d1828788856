import type { Translation } from "../translation";
import type nl from "../nl/sectors";

const sectors: Translation<typeof nl> = {
  terminal_operator: "Terminal operator",
  shipping_line_agent: "Shipping line or agent",
  forwarder_customs_broker: "Freight forwarder or customs broker",
  road_haulier: "Road haulier",
  barge_rail_operator: "Barge or rail operator",
  warehouse_depot: "Warehousing or empty-container depot",
  port_services: "Port services (lashing, mooring, towage, maintenance)",
  air_cargo_handler: "Air cargo handler",
  importer: "Importer or wholesaler (fruit, for example)",
  security_firm: "Security company",
  port_authority: "Port authority",
  municipality: "Municipality",
  other_public_service: "Other public service",
};

export default sectors;
