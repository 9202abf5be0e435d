/**
 * Frequent given names in Germany (German, Turkish, Arabic, Slavic, Greek, Italian and other
 * origins). A given name followed by a capitalised word is taken as a full name; names that are
 * also everyday words (Ernst, Mai, Rose …) are left out on purpose.
 */
const NAMES = `
Aaron Abdul Abdullah Adam Adrian Agnes Ahmad Ahmed Aleksandra Alexander Alexandra Ali Alice Alina Amelie Amir Ana Anastasia
Andrea Andreas Andrzej Angelika Anja Anke Anna Anne Annette Antje Anton Antonia Arne Aylin Ayşe Ayse Barbara Bärbel Bastian
Ben Benjamin Bernd Bernhard Bettina Birgit Björn Brigitte Burak Can Carina Carla Carmen Carolin Caroline Carsten Charlotte
Christa Christian Christiane Christina Christine Christoph Claudia Clemens Cornelia Dagmar Daniel Daniela Dariusz David Denis
Dennis Detlef Diana Dieter Dirk Dominik Doris Dorothea Edith Elena Elias Elif Elisabeth Elke Ella Emil Emily Emine Emma Emre
Erik Erika Esra Eva Fabian Fatma Fatima Felix Finn Florian Francesca Franziska Frank Frauke Frederik Friederike Friedrich
Fritz Gabriele Georg Georgios Gerd Gerda Gerhard Gisela Giuseppe Gregor Gudrun Günter Günther Hakan Hanna Hannah Hannelore
Hans Hasan Hassan Heike Heinz Helga Helmut Hendrik Henrik Herbert Hildegard Holger Horst Hüseyin Ibrahim Ilse Ines Ingeborg
Ingrid Irina Irene Iris Isabel Isabella Ivan Jacqueline Jakob Jan Jana Janina Janine Jannik Jasmin Jens Jessica Joachim Jochen
Johann Johanna Johannes Jonas Jonathan Jörg Josef Joseph Julia Julian Juliane Jürgen Jutta Kai Karin Karina Karl Karolina
Kasper Katarzyna Katharina Kathrin Katja Katrin Kemal Kerstin Kevin Klaus Konstantin Kristina Kurt Lara Lars Laura Lea Lena
Leni Leon Leonie Liam Lina Linda Lisa Lothar Louisa Luca Lucas Lukas Luisa Luise Lutz Magdalena Maik Maja Malte Mandy Manfred
Manuel Manuela Marc Marcel Marco Marcus Maren Margarete Maria Marie Marina Mario Marion Marius Markus Marlene Martha Martin
Martina Mathias Matthias Max Maximilian Mehmet Melanie Merve Mia Michael Michaela Michelle Mila Mohamed Mohammad Mohammed
Monika Murat Mustafa Nadine Nadja Natalia Natascha Nicole Niklas Nikolai Nikolaos Nils Nina Noah Norbert Oksana Ole Olaf
Oleksandr Olga Oliver Omar Oskar Ömer Patrick Paul Paula Peter Petra Philipp Piotr Rainer Ralf Ralph Regina Reinhard Renate
Rene René Robert Robin Roland Rolf Roman Ronja Rüdiger Sabine Sabrina Sandra Sara Sarah Sascha Sebastian Selin Sergej Silke
Simon Simone Sofia Sophia Sophie Stefan Stefanie Steffen Stephan Stephanie Susanne Svenja Sven Svetlana Tanja Tatjana Theo
Thomas Thorsten Tim Timo Tobias Tom Torsten Udo Ulrich Ulrike Ursula Ute Uwe Valentina Vanessa Vera Viktor Viktoria Volker
Walter Werner Wilhelm Wolfgang Yasemin Yusuf Zeynep Zoe Zofia Kim Jannis Mattis Henri Levi Kübra Büşra Hatice Ahmet Mustafa Leyla Rana Omid Reza Dmitri Natalja Jelena Milan Goran Dragan Ivana
Adelheid Adriana Albert Alfred Alma Amalia Amira Anastasija Andre André Angela Anita Anneliese Annemarie Annika Antonio Arnold Arthur
Astrid Axel Basti Beate Benedikt Berit Bernadette Bianca Birte Bodo Boris Britta Bruno Carl Caspar Cem Chiara Christel Conrad Constanze
Corinna Damian Danuta Deniz Dietmar Dietrich Dilara Dominika Dorothee Egon Eike Eileen Elfriede Eleni Elisa Elke Elli Emine Enrico Erich
Ewa Fabienne Farah Fenja Ferdinand Filip Finja Franz Frieda Friedhelm Gabi Gerlinde Gernot Gertrud Gesa Gisbert Greta Gundula Gustav Hamza
Hannes Hannelore Harald Hartmut Hauke Hedwig Heidi Heidrun Heiko Heinrich Helene Helmut Henning Herta Hilke Hugo Ida Ilona Ilka Imke Ingo
Isabelle Jakub Jamal Janne Jannis Jaroslaw Joanna Jolanta Jonah Jonte Jovana Joshua Justus Karla Karsten Katrin Kathrin Kilian Knut
Konrad Krzysztof Lena Lennart Lennard Leonard Leopold Liane Lieselotte Lilli Lilly Linus Liselotte Lotte Louis Lucie Ludwig Luka Lydia
Magnus Maik Malgorzata Małgorzata Mareike Margit Margot Mariana Marianne Marko Marlies Mateusz Mathilde Matteo Maximilian Melissa Meike
Michal Michał Mila Milena Mirco Miriam Mirko Moritz Nadia Nele Nico Nicolas Nikola Nils Noemi Norman Olena Oleg Ottilie Otto Pascal
Paulina Pauline Pawel Paweł Peer Pia Quentin Rafael Raphael Rebecca Rebekka Reinhold Renate Rita Ronald Rosemarie Rudolf Ruth Samira
Samuel Saskia Selma Siegfried Sigrid Silvia Sonja Stanislaw Svea Swantje Sybille Tamara Tanja Teresa Theresa Thea Thilo Tomasz Torben
Ulla Ulf Valentin Vincent Waltraud Wiebke Wilfried Willi Wojciech Xenia Yannick Yvonne Zoran Ahmet Aleyna Baran Berkay Cansu Ebru Emir
Eren Esra Furkan Gül Gülsüm Hülya İbrahim Kerem Melek Metin Nesrin Orhan Özlem Serkan Sevgi Songül Tuba Tuncay Ümit Yasin Yunus Zehra
Abdel Aisha Amina Bilal Fadi Hamid Hussein Jana Karim Khaled Layla Mahmoud Mariam Mona Nour Rami Sami Tarek Yasmin Youssef Zainab
Aleksander Bogdan Darya Dmytro Galina Igor Inna Jurij Kateryna Larissa Ludmila Maxim Mykola Nadezhda Oksana Pavel Roman Taras Vitali Yulia
Ana Carlos Diego Elena Fernando Giulia Giovanni Javier Jose José Juan Laura Lorenzo Lucia Luis Marta Pablo Pedro Sofía Dimitrios
Mara Mira Jule Nora Ella Emilia Frida Greta Ida Johanna Kiara Lia Luna Mats Milan Nick Ole Pepe Rosa Till Tjark Tilda Ben Henry Jonte Fiete Elif Eleftheria Konstantinos Maria Panagiotis Vasiliki Minh Linh Thanh Hoa Anh Duc Trang Emily James John Sarah Thomas William Olivia
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/** True for "Max", and for "Karl-Heinz" when every part is a known given name. */
export function isGivenName(token: string): boolean {
  return GIVEN_NAMES.has(token) || (token.includes('-') && token.split('-').every((part) => GIVEN_NAMES.has(part)));
}
