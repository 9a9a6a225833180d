package fr.allervers.maraude.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Solomon VRPTW instance: the depot is customer 0. Parsed by whitespace, not by column, because the files'
 * spacing differs (R101) and lines end with CRLF.
 */
public record SolomonInstance(String name, int vehicleCount, int capacity, List<Customer> customers) {

    public record Customer(int number, double x, double y, int demand, double ready, double due, double service) {

        double distanceTo(Customer other) {
            return Math.hypot(x - other.x, y - other.y);
        }
    }

    public Customer depot() {
        return customers.get(0);
    }

    public static SolomonInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String name = lines.get(0);
        int vehicleHeader = indexOf(lines, "NUMBER");
        String[] fleet = lines.get(vehicleHeader + 1).split("\\s+");
        List<Customer> customers = new ArrayList<>();
        for (String line : lines.subList(indexOf(lines, "CUST NO") + 1, lines.size())) {
            customers.add(customer(line.split("\\s+")));
        }
        if (customers.isEmpty() || customers.get(0).number() != 0) {
            throw new IOException("No depot (customer 0) in " + file);
        }
        return new SolomonInstance(name, Integer.parseInt(fleet[0]), Integer.parseInt(fleet[1]), customers);
    }

    private static int indexOf(List<String> lines, String prefix) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IOException("Not a Solomon instance: no line starting with " + prefix);
    }

    private static Customer customer(String[] fields) throws IOException {
        if (fields.length != 7) {
            throw new IOException("Expected 7 fields in customer line, got " + String.join(" ", fields));
        }
        return new Customer(Integer.parseInt(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
                Integer.parseInt(fields[3]), Double.parseDouble(fields[4]), Double.parseDouble(fields[5]),
                Double.parseDouble(fields[6]));
    }
}
