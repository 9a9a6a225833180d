package fr.allervers.maraude.plan;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.locationtech.jts.geom.Coordinate;

/**
 * A team's rounds as GPX 1.1 for GPS apps (OsmAnd, Organic Maps): one waypoint per stop, in visiting order, and one
 * track with a segment per day. The XML writer escapes every name. Times are local and written in the waypoint
 * description only: GPX wants UTC instants, and a wrong time zone in a phone app would be worse than none.
 */
final class GpxWriter {

    static final String NAMESPACE = "http://www.topografix.com/GPX/1/1";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private GpxWriter() {
    }

    static String write(MaraudePlanViews.TeamRounds team) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gpx");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("creator", "Aller-Vers");
            xml.writeStartElement("metadata");
            element(xml, "name", "Maraude " + team.planId() + " – " + team.teamName());
            element(xml, "desc", "Document confidentiel : lieux réservés à l'équipe de maraude.");
            xml.writeEndElement();
            for (PlanView.RoundView round : team.rounds()) {
                for (PlanView.StopView stop : round.stops()) {
                    waypoint(xml, round, stop);
                }
            }
            xml.writeStartElement("trk");
            element(xml, "name", team.teamName());
            for (PlanView.RoundView round : team.rounds()) {
                if (round.route() == null) {
                    continue;
                }
                xml.writeStartElement("trkseg");
                for (Coordinate c : round.route().getCoordinates()) {
                    xml.writeEmptyElement("trkpt");
                    xml.writeAttribute("lat", coordinate(c.getY()));
                    xml.writeAttribute("lon", coordinate(c.getX()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("GPX writing failed", e);
        }
        return out.toString();
    }

    private static void waypoint(XMLStreamWriter xml, PlanView.RoundView round, PlanView.StopView stop)
            throws XMLStreamException {
        xml.writeStartElement("wpt");
        xml.writeAttribute("lat", coordinate(stop.lat()));
        xml.writeAttribute("lon", coordinate(stop.lon()));
        element(xml, "name", stop.order() + ". " + stop.name());
        element(xml, "desc", round.date().format(DAY) + " · " + stop.kind().label() + " · arrivée "
                + stop.arrival().format(TIME) + ", départ " + stop.departure().format(TIME)
                + (stop.address() == null ? "" : " · " + stop.address()));
        element(xml, "type", stop.kind().label());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.6f", degrees);
    }
}
