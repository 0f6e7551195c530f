package org.example.app;

public class Main {
    public static void main(String[] args) {
        System.out.println("package main " + Main.class.getName() + " args " + java.util.Arrays.toString(args));
        System.out.println("package " + Main.class.getPackageName());
    }
}
